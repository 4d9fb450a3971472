// A vending machine as a state enum: coins are inserted, a product chosen, and change paid greedily.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Coin {
    Ten,
    Twenty,
    Fifty,
    Euro,
    TwoEuro,
}

impl Coin {
    fn cents(self) -> u32 {
        match self {
            Coin::Ten => 10,
            Coin::Twenty => 20,
            Coin::Fifty => 50,
            Coin::Euro => 100,
            Coin::TwoEuro => 200,
        }
    }
}

#[derive(Debug)]
enum State {
    Idle,
    Paying { credit: u32 },
    Out,
}

struct Machine {
    state: State,
    stock: Vec<(&'static str, u32, u32)>,
}

impl Machine {
    fn insert(&mut self, coin: Coin) {
        self.state = match self.state {
            State::Idle => State::Paying { credit: coin.cents() },
            State::Paying { credit } => State::Paying { credit: credit + coin.cents() },
            State::Out => {
                println!("  machine empty, returning {:?}", coin);
                State::Out
            }
        };
    }

    fn choose(&mut self, slot: usize) -> Result<(&'static str, Vec<Coin>), String> {
        let credit = match self.state {
            State::Paying { credit } => credit,
            State::Idle => return Err(String::from("insert coins first")),
            State::Out => return Err(String::from("out of order")),
        };
        let (name, price, left) = self.stock.get_mut(slot).ok_or(format!("no slot {}", slot))?;
        if *left == 0 {
            return Err(format!("{} sold out", name));
        }
        if credit < *price {
            return Err(format!("{} costs {}, credit {}", name, price, credit));
        }
        *left -= 1;
        let change = make_change(credit - *price);
        let name = *name;
        self.state = if self.stock.iter().all(|s| s.2 == 0) { State::Out } else { State::Idle };
        Ok((name, change))
    }
}

fn make_change(mut amount: u32) -> Vec<Coin> {
    let mut coins = Vec::new();
    for coin in [Coin::TwoEuro, Coin::Euro, Coin::Fifty, Coin::Twenty, Coin::Ten] {
        while amount >= coin.cents() {
            amount -= coin.cents();
            coins.push(coin);
        }
    }
    coins
}

fn main() {
    let mut m = Machine { state: State::Idle, stock: vec![("cola", 150, 1), ("water", 90, 2)] };
    println!("{:?}", m.choose(0));
    m.insert(Coin::Euro);
    println!("{:?}", m.choose(0));
    m.insert(Coin::Fifty);
    m.insert(Coin::TwoEuro);
    println!("{:?}", m.choose(0));
    m.insert(Coin::Euro);
    println!("{:?}", m.choose(0));
    println!("{:?}", m.choose(5));
    println!("{:?}", m.choose(1));
    m.insert(Coin::Twenty);
    m.insert(Coin::Twenty);
    m.insert(Coin::Fifty);
    println!("{:?}", m.choose(1));
    println!("state: {:?}", m.state);
    m.insert(Coin::Ten);
    println!("state: {:?}", m.state);
    println!("change for 380: {:?}", make_change(380));
}
