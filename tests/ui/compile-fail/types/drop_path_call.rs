//@ compile-fail
// Drop::drop called through its path is an explicit destructor call too.
struct Guard(u32);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.0);
    }
}

fn main() {
    let mut g = Guard(1);
    Drop::drop(&mut g); //~ ERROR E0040
}
