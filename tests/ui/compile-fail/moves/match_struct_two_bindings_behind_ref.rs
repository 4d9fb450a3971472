//@ compile-fail
// Two bindings of one struct pattern move out of a borrowed value: one error, both bindings shown.
struct Pair {
    left: String,
    right: String,
}

fn join(p: &Pair) -> String {
    match *p { //~ ERROR E0507
        Pair { left, right } => left + &right,
    }
}

fn main() {
    let p = Pair { left: String::from("a"), right: String::from("b") };
    println!("{}", join(&p));
}
