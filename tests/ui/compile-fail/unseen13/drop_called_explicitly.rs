//@ compile-fail
// The Drop method is called by hand instead of std::mem::drop.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("bye");
    }
}

fn main() {
    let g = Guard;
    g.drop(); //~ ERROR E0040
}
