//@ compile-fail
// A wildcard `let` of a field through a reference to a dead struct is still a use of the reference.
struct Pair {
    name: String,
}

fn main() {
    let p;
    {
        let owner = Pair { name: String::from("a") };
        p = &owner; //~ ERROR E0597
    }
    let _ = p.name;
}
