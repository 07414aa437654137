//! Many cases: compliance per standard and period, against each standard's
//! target (accountability reporting).
