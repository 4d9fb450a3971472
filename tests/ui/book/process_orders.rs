// Mixed: order processing with enums carrying data, Result validation, totals with iterators, Display.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Size {
    Small,
    Medium,
    Large,
}

#[derive(Debug, Clone)]
enum Order {
    Coffee { size: Size, shots: u8 },
    Tea(String),
    Pastry { name: String, qty: u32 },
}

impl Order {
    fn price(&self) -> u32 {
        match self {
            Order::Coffee { size, shots } => {
                let base = match size {
                    Size::Small => 250,
                    Size::Medium => 300,
                    Size::Large => 350,
                };
                base + 60 * (*shots as u32).saturating_sub(1)
            }
            Order::Tea(_) => 200,
            Order::Pastry { qty, .. } => 325 * qty,
        }
    }

    fn validate(&self) -> Result<(), String> {
        match self {
            Order::Coffee { shots: 0, .. } => Err("coffee needs a shot".into()),
            Order::Coffee { shots, .. } if *shots > 4 => Err(format!("{shots} shots is too many")),
            Order::Pastry { qty: 0, name } => Err(format!("zero {name}")),
            _ => Ok(()),
        }
    }
}

impl fmt::Display for Order {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Order::Coffee { size, shots } => write!(f, "{:?} coffee x{}", size, shots),
            Order::Tea(kind) => write!(f, "{kind} tea"),
            Order::Pastry { name, qty } => write!(f, "{qty} {name}"),
        }
    }
}

fn main() {
    let orders = vec![
        Order::Coffee { size: Size::Large, shots: 2 },
        Order::Tea(String::from("green")),
        Order::Pastry { name: String::from("croissant"), qty: 2 },
        Order::Coffee { size: Size::Small, shots: 0 },
        Order::Coffee { size: Size::Medium, shots: 6 },
        Order::Pastry { name: String::from("scone"), qty: 0 },
    ];
    let (ok, bad): (Vec<&Order>, Vec<&Order>) = orders.iter().partition(|o| o.validate().is_ok());
    for o in &ok {
        println!("{:<20} {:>5}", o.to_string(), o.price());
    }
    for o in &bad {
        println!("rejected {}: {}", o, o.validate().unwrap_err());
    }
    let total: u32 = ok.iter().map(|o| o.price()).sum();
    println!("total ${}.{:02}", total / 100, total % 100);
    let coffees = orders.iter().filter(|o| matches!(o, Order::Coffee { size: Size::Large | Size::Medium, .. })).count();
    println!("big coffees {coffees}");
}
