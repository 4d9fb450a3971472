// Trait methods rustc finds: imported by name, as `_`, by glob, from the parent with `use super::`, through bounds and `dyn`, by path.
mod m {
    pub trait Greet {
        fn hi(&self) -> i32 {
            1
        }
    }
    impl Greet for i32 {}
    impl Greet for String {
        fn hi(&self) -> i32 {
            self.len() as i32
        }
    }
}

mod by_name {
    use crate::m::Greet;
    pub fn f(x: i32) -> i32 {
        x.hi()
    }
}

mod anonymous {
    use crate::m::Greet as _;
    pub fn f(s: &String) -> i32 {
        s.hi()
    }
}

mod glob {
    use crate::m::*;
    pub fn f(x: &i32) -> i32 {
        x.hi() + 1
    }
}

mod child {
    pub mod inner {
        use super::super::m::Greet;
        pub fn f() -> i32 {
            7.hi()
        }
    }
}

fn bounded<T: m::Greet>(t: &T) -> i32 {
    t.hi()
}

fn object(g: &dyn m::Greet) -> i32 {
    g.hi()
}

fn main() {
    println!("{} {} {} {}", by_name::f(3), anonymous::f(&String::from("abc")), glob::f(&1), child::inner::f());
    println!("{} {} {}", bounded(&5), object(&String::from("hello")), m::Greet::hi(&9));
    {
        trait Local {
            fn twice(&self) -> i32;
        }
        impl Local for i32 {
            fn twice(&self) -> i32 {
                self * 2
            }
        }
        println!("{}", 21.twice());
    }
}
