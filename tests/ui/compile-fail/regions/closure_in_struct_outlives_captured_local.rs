//@ compile-fail
// A closure stored in a struct field keeps its borrow of a local that dies first.
struct Filt<F> {
    f: F,
}

fn main() {
    let h;
    {
        let limit = 3;
        h = Filt { f: |x: i32| x > limit }; //~ ERROR E0597
    }
    println!("{}", (h.f)(2));
}
