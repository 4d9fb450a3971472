//@ compile-fail
// A struct declared in a generic function's body cannot hold the function's `T`: E0401.
fn pair_up<T: Copy>(x: T) -> (T, T) {
    struct Pair {
        left: T, //~ ERROR E0401
    }
    (x, x)
}

fn main() {
    println!("{:?}", pair_up(7));
}
