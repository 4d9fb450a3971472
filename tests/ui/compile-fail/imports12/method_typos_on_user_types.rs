//@ compile-fail
// Misspelt methods of the learner's own types: rustc names the similar method, or points at it when its arguments differ.
#[derive(Clone, Debug)]
struct Wallet {
    coins: u32,
}

impl Wallet {
    fn deposit(&mut self, n: u32) {
        self.coins += n;
    }
    fn total(&self) -> u32 {
        self.coins
    }
}

enum Coin {
    Penny,
}

impl Coin {
    fn value(&self) -> u32 {
        1
    }
}

fn main() {
    let mut w = Wallet { coins: 0 };
    w.deposti(Coin::Penny.valeu()); //~ ERROR E0599
    //~^ ERROR E0599
    let copy = w.clon(); //~ ERROR E0599
    let r = &w;
    println!("{} {:?}", r.totl(), copy); //~ ERROR E0599
    w.deposit_all(); //~ ERROR E0599
}
