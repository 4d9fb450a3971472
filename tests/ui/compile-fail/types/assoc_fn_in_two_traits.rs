//@ compile-fail
// Two traits of the type define the associated function `make`: `Unit::make()` is ambiguous.
trait Build {
    fn make() -> Self;
}

trait Create {
    fn make() -> Self;
}

struct Unit;

impl Build for Unit {
    fn make() -> Self {
        Unit
    }
}

impl Create for Unit {
    fn make() -> Self {
        Unit
    }
}

fn main() {
    let _u = Unit::make(); //~ ERROR E0034
}
