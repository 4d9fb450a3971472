// An order's lifecycle as a Java enum with transitions: methods returning Result<(), String> on illegal moves.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Created,
    Paid { amount: u32 },
    Shipped { tracking: String },
    Delivered,
    Cancelled(String),
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Status::Created => write!(f, "created"),
            Status::Paid { amount } => write!(f, "paid ({})", amount),
            Status::Shipped { tracking } => write!(f, "shipped [{}]", tracking),
            Status::Delivered => write!(f, "delivered"),
            Status::Cancelled(reason) => write!(f, "cancelled: {}", reason),
        }
    }
}

struct Order {
    id: u32,
    status: Status,
    history: Vec<String>,
}

impl Order {
    fn new(id: u32) -> Order {
        Order { id, status: Status::Created, history: vec!["created".to_string()] }
    }

    fn transition(&mut self, next: Status) -> Result<(), String> {
        let allowed = match (&self.status, &next) {
            (Status::Created, Status::Paid { .. }) => true,
            (Status::Created, Status::Cancelled(_)) => true,
            (Status::Paid { .. }, Status::Shipped { .. }) => true,
            (Status::Paid { .. }, Status::Cancelled(_)) => true,
            (Status::Shipped { .. }, Status::Delivered) => true,
            _ => false,
        };
        if !allowed {
            return Err(format!("order {}: cannot go from {} to {}", self.id, self.status, next));
        }
        self.history.push(next.to_string());
        self.status = next;
        Ok(())
    }

    fn pay(&mut self, amount: u32) -> Result<(), String> {
        if amount == 0 {
            return Err("cannot pay zero".to_string());
        }
        self.transition(Status::Paid { amount })
    }

    fn ship(&mut self, tracking: &str) -> Result<(), String> {
        self.transition(Status::Shipped { tracking: tracking.to_uppercase() })
    }

    fn is_final(&self) -> bool {
        matches!(self.status, Status::Delivered | Status::Cancelled(_))
    }
}

fn run(order: &mut Order, steps: &[&str]) -> Result<(), String> {
    for step in steps {
        match *step {
            "pay" => order.pay(100)?,
            "pay0" => order.pay(0)?,
            "ship" => order.ship("zx-42")?,
            "deliver" => order.transition(Status::Delivered)?,
            "cancel" => order.transition(Status::Cancelled("customer request".to_string()))?,
            other => return Err(format!("unknown step {}", other)),
        }
    }
    Ok(())
}

fn main() {
    let scenarios: Vec<Vec<&str>> = vec![
        vec!["pay", "ship", "deliver"],
        vec!["pay", "cancel", "ship"],
        vec!["ship"],
        vec!["pay0"],
        vec!["pay", "refund"],
    ];
    for (i, steps) in scenarios.iter().enumerate() {
        let mut order = Order::new(i as u32 + 1);
        let result = run(&mut order, steps);
        println!("order {}: {} final={} result={:?}", order.id, order.status, order.is_final(), result);
        println!("  history: {}", order.history.join(" -> "));
    }
}
