//@ compile-fail
// Struct update syntax with private fields from outside the module (E0451).
mod cfg {
    #[derive(Default)]
    pub struct Conf { pub verbose: bool, level: u32 }
    impl Conf { pub fn level(&self) -> u32 { self.level } }
}
fn main() {
    let c = cfg::Conf { verbose: true, ..Default::default() }; //~ ERROR E0451
    println!("{}", c.level());
}
