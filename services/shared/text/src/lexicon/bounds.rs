//! How large one seizure of a drug can plausibly be: the bound past which a figure is far
//! likelier a misread number or a national total than a record. Moved here from
//! seizure-window's `input.rs` so that the extractor (which reads an ambiguous thousands
//! separator by it) and the aggregator (which sets aside a seizure past it) share one table.

/// Per-drug bounds for one seizure, in kg: about three times the largest seizures of each drug
/// on record (heroin about 3 t, Gujarat 2021; cocaine about 22 t, Ecuador 2024;
/// methamphetamine about 17 t, Myanmar 2020s; opium about 10 t, Iran; morphine and mephedrone a
/// few tonnes). A figure past them is far likelier a misread number or a national total than a
/// record: "a 60-tonne heroin seizure has never happened". Cannabis and hashish keep the general
/// bound (record hauls of over 200 t are on record). Destructions burn years of stock and period
/// totals add many seizures, so only seizures are held to these. (One table for both the
/// extractor, which reads an ambiguous separator by it, and the aggregator, which sets aside a
/// seizure past it.)
const SEIZURE_MAX_KG_BY_DRUG: &[(&str, f64)] = &[
    ("heroin", 10_000.0),
    ("cocaine", 60_000.0),
    ("methamphetamine", 50_000.0),
    ("amphetamine", 50_000.0),
    ("opium", 30_000.0),
    ("other:morphine", 10_000.0),
    ("mephedrone", 10_000.0),
    ("methadone", 5_000.0),
    ("synthetic_cannabinoids", 10_000.0),
];

/// The bound for one seizure of `drug`, in kg, where the drug has one.
pub fn single_seizure_bound_kg(drug: &str) -> Option<f64> {
    SEIZURE_MAX_KG_BY_DRUG
        .iter()
        .find(|(d, _)| *d == drug)
        .map(|(_, b)| *b)
}
