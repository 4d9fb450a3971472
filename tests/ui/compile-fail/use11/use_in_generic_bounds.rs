//@ compile-fail
// `use<..>` is not a bound a type parameter can have.
fn same<T: Clone + use<>>(t: T) -> T { //~ ERROR not allowed in bounds
    t.clone()
}

fn main() {
    println!("{}", same(1));
}
