# Sources of src/core/connections (added as they are written).
