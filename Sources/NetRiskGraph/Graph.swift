// placeholder, replaced below
public enum NetRiskGraphPlaceholder {}
