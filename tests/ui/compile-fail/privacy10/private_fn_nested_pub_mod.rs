//@ compile-fail
// The Book's restaurant: `pub mod hosting` is reachable, its function without `pub` is not.
mod front_of_house {
    pub mod hosting {
        fn add_to_waitlist() {}
    }
}

pub fn eat_at_restaurant() {
    crate::front_of_house::hosting::add_to_waitlist(); //~ ERROR E0603
}

fn main() {
    eat_at_restaurant();
}
