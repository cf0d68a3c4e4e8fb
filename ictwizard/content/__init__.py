"""Reading YAML content and session files into typed objects, with file:line problems."""
