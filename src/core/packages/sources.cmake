# Sources of src/core/packages (added as they are written).
