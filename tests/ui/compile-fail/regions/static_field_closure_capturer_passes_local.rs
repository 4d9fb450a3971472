//@ compile-fail
// A closure storing its parameter in a `&'static str` field, called from another closure with a local's borrow (E0597)
struct Failure {
    reason: &'static str,
}

fn check(values: &[i32]) -> Vec<Failure> {
    let fail = |reason| Failure { reason };
    values
        .iter()
        .filter(|v| **v < 0)
        .map(|v| {
            let text = format!("negative {}", v);
            fail(&text) //~ ERROR E0597
        })
        .collect()
}

fn main() {
    println!("{}", check(&[1, -2]).len());
}
