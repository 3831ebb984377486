# Sources of src/core/credentials (added as they are written).
