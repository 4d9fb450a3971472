// Private items, fields and methods used in their module and its descendants; pub(crate), pub(super), pub(in), pub fields outside
mod shop {
    fn secret() -> u32 {
        7
    }

    pub struct Item {
        price: u32,
        pub name: String,
    }

    pub struct Code(pub u32, u32);

    impl Item {
        pub fn new(name: &str) -> Item {
            Item { price: secret(), name: name.to_string() }
        }

        fn discount(&self) -> u32 {
            self.price / 7
        }

        pub(crate) fn price(&self) -> u32 {
            self.price - self.discount()
        }

        const TAX: u32 = 2;
    }

    pub fn code() -> Code {
        Code(1, secret())
    }

    pub mod inner {
        pub fn two() -> u32 {
            super::secret() - 5
        }

        pub fn peek(i: &super::Item) -> u32 {
            i.price + i.discount() + super::Item::TAX
        }

        pub(super) fn up() -> u32 {
            3
        }

        pub(in crate::shop) fn within() -> u32 {
            4
        }

        pub fn code_inside() -> u32 {
            let c = super::Code(5, 6);
            c.0 + c.1
        }
    }

    pub fn sum() -> u32 {
        inner::up() + inner::within()
    }

    pub(crate) use self::inner::two as deux;
}

use shop::*;

fn main() {
    let i = shop::Item::new("pen");
    let c = code();
    println!("{} {} {} {} {}", i.name, i.price(), shop::inner::two(), shop::inner::peek(&i), c.0);
    println!("{} {} {}", shop::sum(), deux(), shop::inner::code_inside());
    let shop::Item { name, .. } = i;
    println!("{}", name);
}
