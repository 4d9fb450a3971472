//@ compile-fail
// A child module does not see its parent's trait without a `use`: the parent's items are not in its scope.
struct Meters(f64);

trait Describe {
    fn describe(&self) -> String;
}

impl Describe for Meters {
    fn describe(&self) -> String {
        format!("{} m", self.0)
    }
}

mod report {
    pub fn line(m: &super::Meters) -> String {
        m.describe() //~ ERROR E0599
    }
}

fn main() {
    println!("{}", report::line(&Meters(2.0)));
}
