"""Exchange files between the regional office and local organisations."""
