//@ compile-fail
// A struct, an enum and a trait without `pub` cannot be named outside their module.
mod m {
    struct G<T> {
        t: T,
    }

    enum E {
        A,
    }

    trait Tr {}

    pub fn make() -> usize {
        let g = G { t: E::A };
        std::mem::size_of_val(&g.t)
    }
}

fn f(_x: &dyn m::Tr) {} //~ ERROR E0603

fn main() {
    let g: Option<m::G<i32>> = None; //~ ERROR E0603
    let e: Option<m::E> = None; //~ ERROR E0603
    println!("{} {} {}", g.is_none(), e.is_none(), m::make());
}
