"""Demo content built from the Kent County Council seed documents."""
