// The Book's restaurant: pub mod hosting inside a private module, paths from the crate root, super::
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist() -> u32 {
            seat_at_table() + 1
        }

        fn seat_at_table() -> u32 {
            super::serving::count()
        }
    }

    mod serving {
        pub fn count() -> u32 {
            2
        }
    }
}

mod back_of_house {
    pub struct Breakfast {
        pub toast: String,
        seasonal_fruit: String,
    }

    impl Breakfast {
        pub fn summer(toast: &str) -> Breakfast {
            Breakfast { toast: String::from(toast), seasonal_fruit: String::from("peaches") }
        }

        pub fn fruit(&self) -> &str {
            &self.seasonal_fruit
        }
    }

    pub enum Appetizer {
        Soup,
        Salad,
    }

    pub fn fix_incorrect_order() -> u32 {
        cook_order() + super::front_of_house::hosting::add_to_waitlist()
    }

    fn cook_order() -> u32 {
        10
    }
}

use crate::front_of_house::hosting;

pub fn eat_at_restaurant() {
    let mut meal = back_of_house::Breakfast::summer("Rye");
    meal.toast = String::from("Wheat");
    println!("I'd like {} toast please, with {}", meal.toast, meal.fruit());
    let order1 = back_of_house::Appetizer::Soup;
    let order2 = back_of_house::Appetizer::Salad;
    for o in [order1, order2] {
        match o {
            back_of_house::Appetizer::Soup => println!("soup"),
            back_of_house::Appetizer::Salad => println!("salad"),
        }
    }
    println!("{} {}", hosting::add_to_waitlist(), back_of_house::fix_incorrect_order());
}

fn main() {
    eat_at_restaurant();
}
