"""Pure parsers of Vietnamese notation: numbers, dates, numerals."""
