# Sources of src/core/net (added as they are written).
