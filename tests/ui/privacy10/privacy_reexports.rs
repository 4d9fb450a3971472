// `pub use` of `pub` items through private modules, `pub(crate) use` of crate-private items, glob re-exports
mod shapes {
    mod circle {
        pub fn area(r: f64) -> f64 {
            3.0 * r * r
        }
    }

    mod square {
        pub struct Square(pub f64);

        impl Square {
            pub fn area(&self) -> f64 {
                self.0 * self.0
            }
        }

        pub(crate) fn unit() -> Square {
            Square(1.0)
        }
    }

    pub use self::circle::area as circle_area;
    pub use self::square::*;
}

struct Secret(u8);
pub(crate) use self::Secret as Hidden;

fn main() {
    let s = shapes::Square(2.0);
    println!("{} {} {}", shapes::circle_area(1.0), s.area(), shapes::unit().area());
    let h = Hidden(7);
    println!("{}", h.0);
}
