//@ compile-fail
// A tuple struct's field without `pub` is private too: `.0` is public, `.1` is not.
mod m {
    pub struct T(pub i32, i32);

    pub fn t() -> T {
        T(1, 2)
    }
}

fn main() {
    let t = m::t();
    println!("{} {}", t.0, t.1); //~ ERROR E0616
}
