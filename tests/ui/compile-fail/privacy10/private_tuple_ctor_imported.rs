//@ compile-fail
// Importing the tuple struct brings its type; calling its constructor is still refused.
mod m {
    pub struct Id(u32);

    impl Id {
        pub fn get(&self) -> u32 {
            self.0
        }
    }
}

use m::Id;

fn main() {
    let i = Id(7); //~ ERROR E0423
    println!("{}", i.get());
}
