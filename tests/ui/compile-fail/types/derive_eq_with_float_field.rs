//@ compile-fail
// f64 is PartialEq but not Eq (NaN != NaN): a derived Eq cannot hold.
#[derive(Debug, PartialEq, Eq)]
struct Measure {
    label: &'static str,
    value: f64, //~ ERROR E0277
}

fn main() {
    let a = Measure { label: "t", value: 1.5 };
    println!("{}", a == a);
}
