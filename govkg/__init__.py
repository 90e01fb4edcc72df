"""govkg: a knowledge graph of Vietnamese local governance, built from news articles."""
