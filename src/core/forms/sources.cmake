# Sources of src/core/forms: golden-path template parameters (JSON Schema steps) read as a form —
# field descriptors, validation with translated messages, defaults and value coercion.
target_sources(atrium_core PRIVATE
    forms/jsonschemaform.h forms/jsonschemaform.cpp
)
