// FIFO cost accounting: stock lots queue up in a VecDeque and sales consume the oldest lots first.
use std::collections::VecDeque;

#[derive(Debug, Clone)]
struct Lot {
    qty: u32,
    unit_cost: u32,
}

#[derive(Debug)]
enum SaleError {
    NotEnough { wanted: u32, have: u32 },
}

struct Ledger {
    lots: VecDeque<Lot>,
    realized: i64,
}

impl Ledger {
    fn new() -> Self {
        Ledger { lots: VecDeque::new(), realized: 0 }
    }

    fn on_hand(&self) -> u32 {
        self.lots.iter().map(|l| l.qty).sum()
    }

    fn buy(&mut self, qty: u32, unit_cost: u32) {
        self.lots.push_back(Lot { qty, unit_cost });
    }

    fn sell(&mut self, mut qty: u32, price: u32) -> Result<i64, SaleError> {
        let have = self.on_hand();
        if qty > have {
            return Err(SaleError::NotEnough { wanted: qty, have });
        }
        let mut profit: i64 = 0;
        while qty > 0 {
            let front = self.lots.front_mut().unwrap();
            let take = qty.min(front.qty);
            profit += take as i64 * (price as i64 - front.unit_cost as i64);
            front.qty -= take;
            qty -= take;
            if front.qty == 0 {
                self.lots.pop_front();
            }
        }
        self.realized += profit;
        Ok(profit)
    }
}

fn main() {
    let mut ledger = Ledger::new();
    ledger.buy(10, 5);
    ledger.buy(5, 8);
    ledger.buy(20, 6);
    let sales = [(12, 9), (40, 10), (8, 4), (15, 7)];
    for (qty, price) in sales {
        match ledger.sell(qty, price) {
            Ok(p) => println!("sold {:>2} at {:>2}: profit {:>4}, left {}", qty, price, p, ledger.on_hand()),
            Err(SaleError::NotEnough { wanted, have }) => {
                println!("cannot sell {} (only {} on hand)", wanted, have)
            }
        }
    }
    println!("lots: {:?}", ledger.lots);
    println!("realized: {}", ledger.realized);
    let remaining_cost: u32 = ledger.lots.iter().map(|l| l.qty * l.unit_cost).sum();
    println!("remaining cost basis: {}", remaining_cost);
}
