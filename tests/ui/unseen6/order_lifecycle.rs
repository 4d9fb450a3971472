// An order's lifecycle as an enum state machine: transitions consume self and return Result<Order, (Order, String)>.
#[derive(Debug)]
enum Order {
    Cart { items: Vec<(String, u32)> },
    Paid { items: Vec<(String, u32)>, amount: u32 },
    Shipped { tracking: String, amount: u32 },
    Delivered { amount: u32 },
    Cancelled { reason: String },
}

impl Order {
    fn pay(self) -> Result<Order, (Order, String)> {
        match self {
            Order::Cart { items } if items.is_empty() => Err((Order::Cart { items }, String::from("empty cart"))),
            Order::Cart { items } => {
                let amount = items.iter().map(|(_, p)| p).sum();
                Ok(Order::Paid { items, amount })
            }
            other => Err((other, String::from("only a cart can be paid"))),
        }
    }

    fn ship(self, tracking: &str) -> Result<Order, (Order, String)> {
        match self {
            Order::Paid { amount, items } => {
                println!("  packing {} items", items.len());
                Ok(Order::Shipped { tracking: tracking.to_uppercase(), amount })
            }
            other => Err((other, String::from("not paid"))),
        }
    }

    fn deliver(self) -> Result<Order, (Order, String)> {
        if let Order::Shipped { amount, .. } = self {
            Ok(Order::Delivered { amount })
        } else {
            Err((self, String::from("nothing shipped")))
        }
    }

    fn cancel(self, why: &str) -> Order {
        match self {
            Order::Delivered { .. } => self,
            _ => Order::Cancelled { reason: why.to_string() },
        }
    }

    fn label(&self) -> &'static str {
        match self {
            Order::Cart { .. } => "cart",
            Order::Paid { .. } => "paid",
            Order::Shipped { .. } => "shipped",
            Order::Delivered { .. } => "delivered",
            Order::Cancelled { .. } => "cancelled",
        }
    }
}

fn step(order: Order, action: &str) -> Order {
    let result = match action {
        "pay" => order.pay(),
        "ship" => order.ship("zx-42"),
        "deliver" => order.deliver(),
        _ => Ok(order.cancel(action)),
    };
    match result {
        Ok(o) => {
            println!("{:<8} -> {}", action, o.label());
            o
        }
        Err((o, e)) => {
            println!("{:<8} !! {} (still {})", action, e, o.label());
            o
        }
    }
}

fn main() {
    let mut order = Order::Cart { items: vec![(String::from("book"), 18), (String::from("pen"), 2)] };
    for action in ["ship", "pay", "pay", "ship", "deliver", "changed my mind"] {
        order = step(order, action);
    }
    println!("{:?}", order);
    let mut empty = Order::Cart { items: Vec::new() };
    for action in ["pay", "deliver", "out of stock"] {
        empty = step(empty, action);
    }
    if let Order::Cancelled { reason } = &empty {
        println!("reason: {}", reason);
    }
}
