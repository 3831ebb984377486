# Sources of src/core/net.
target_sources(atrium_core PRIVATE
    net/redactor.h net/redactor.cpp
    net/hosthttpclient.h net/hosthttpclient.cpp
)
