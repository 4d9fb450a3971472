//@ compile-fail
// `Option<str>` and a `HashMap` with `str` keys in a signature: their parameters must be sized.
use std::collections::HashMap;

fn pick(o: Option<str>) -> usize { //~ ERROR E0277
    0
}

fn count(m: &HashMap<str, i32>) -> usize { //~ ERROR E0277
    0
}

fn main() {}
