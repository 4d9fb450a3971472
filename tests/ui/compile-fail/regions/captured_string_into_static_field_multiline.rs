//@ compile-fail
// A multi-line closure borrows a captured local String into a `&'static str` field: rustc points at the use in the body.
#[derive(Debug)]
struct Named {
    name: &'static str,
    n: u32,
}

fn main() {
    let label = String::from("x");
    let v: Vec<Named> = (0..3)
        .map(|n| {
            let doubled = n * 2;
            Named { name: &label, n: doubled } //~ ERROR E0597
        })
        .collect();
    println!("{:?}", v);
}
