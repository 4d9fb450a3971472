//@ compile-fail
// A fn nested in a generic function cannot name the outer `T`: E0401, not "cannot find type".
fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    fn bigger(a: T, b: T) -> T { //~ ERROR E0401
    //~^ ERROR E0401
    //~^^ ERROR E0401
        if a > b { a } else { b }
    }
    let mut best = items[0];
    for &x in items {
        best = bigger(best, x);
    }
    best
}

fn main() {
    println!("{}", largest(&[3, 9, 4]));
}
