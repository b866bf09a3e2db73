"""Reading a chart lane's drawing in tests: its bars by fill, and the colours and spaces charts are drawn with."""

from cjdesigner.layout.charts import BAR_H, ChartBar, ChartDrawing

NNB = "\u202f"  # narrow no-break space
NB = "\u00a0"
INK = "#263238"
PAPER = "#FFFFFF"


def bars(chart: ChartDrawing, fill: str) -> list[ChartBar]:
    return [bar for bar in chart.bars if bar.fill == fill and bar.h == BAR_H]
