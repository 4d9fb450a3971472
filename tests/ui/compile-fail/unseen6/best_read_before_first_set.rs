//@ compile-fail
// `best` is compared before any value was assigned to it.
fn main() {
    let values = [4, 9, 2];
    let mut best: i32;
    for v in values {
        if v > best { //~ ERROR E0381
            best = v;
        }
    }
    println!("{}", values.len());
}
