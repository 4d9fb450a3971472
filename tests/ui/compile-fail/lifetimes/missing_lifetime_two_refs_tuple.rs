//@ compile-fail
// Returning a reference when the parameters are a reference and a tuple of references.
fn pick(flag: bool, pair: (&i32, &i32)) -> &i32 { //~ ERROR E0106
    if flag { pair.0 } else { pair.1 }
}

fn main() {
    let (a, b) = (1, 2);
    println!("{}", pick(true, (&a, &b)));
}
