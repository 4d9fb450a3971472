//@ compile-fail
// A helper taking F: Fn is given a closure that adds to a captured total.
fn for_each_price<F: Fn(u32)>(prices: &[u32], f: F) {
    for &p in prices {
        f(p);
    }
}

fn main() {
    let mut total = 0;
    for_each_price(&[3, 4, 5], |p| total += p); //~ ERROR E0594
    println!("{}", total);
}
