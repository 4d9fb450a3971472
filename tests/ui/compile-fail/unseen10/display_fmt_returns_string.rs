//@ compile-fail
// A Display impl's fmt is written to return the formatted String instead of fmt::Result.
use std::fmt;

struct Frac {
    num: u64,
    den: u64,
}

impl fmt::Display for Frac {
    fn fmt(&self, _f: &mut fmt::Formatter) -> String { //~ ERROR E0053
        format!("{}/{}", self.num, self.den)
    }
}

fn main() {
    println!("{}", Frac { num: 2, den: 3 });
}
