//@ compile-fail
// A glob import brings only the names its module may see: the private function is not found.
mod shop {
    fn secret() -> u32 {
        7
    }

    pub fn price() -> u32 {
        secret()
    }
}

use shop::*;

fn main() {
    println!("{} {}", price(), secret()); //~ ERROR E0425
}
