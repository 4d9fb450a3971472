// Booking train tickets: an error enum with Display, From<ParseIntError> and the ? operator.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum BookingError {
    BadNumber(ParseIntError),
    UnknownRoute(String),
    SoldOut { route: String, wanted: u32, left: u32 },
}

impl fmt::Display for BookingError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BookingError::BadNumber(e) => write!(f, "bad seat count: {}", e),
            BookingError::UnknownRoute(r) => write!(f, "no such route: {}", r),
            BookingError::SoldOut { route, wanted, left } => {
                write!(f, "{} has only {} seats left, {} wanted", route, left, wanted)
            }
        }
    }
}

impl From<ParseIntError> for BookingError {
    fn from(e: ParseIntError) -> Self {
        BookingError::BadNumber(e)
    }
}

struct Route {
    name: String,
    seats_left: u32,
    price_cents: u32,
}

fn find<'a>(routes: &'a mut Vec<Route>, name: &str) -> Result<&'a mut Route, BookingError> {
    routes.iter_mut().find(|r| r.name == name).ok_or_else(|| BookingError::UnknownRoute(name.to_string()))
}

fn book(routes: &mut Vec<Route>, request: &str) -> Result<u32, BookingError> {
    let (name, count) = request.split_once(':').unwrap_or((request, "1"));
    let wanted: u32 = count.trim().parse()?;
    let route = find(routes, name.trim())?;
    if wanted > route.seats_left {
        return Err(BookingError::SoldOut { route: route.name.clone(), wanted, left: route.seats_left });
    }
    route.seats_left -= wanted;
    Ok(wanted * route.price_cents)
}

fn main() {
    let mut routes = vec![
        Route { name: String::from("Paris-Lyon"), seats_left: 5, price_cents: 4500 },
        Route { name: String::from("Lyon-Nice"), seats_left: 2, price_cents: 3900 },
    ];
    let requests = ["Paris-Lyon: 3", "Lyon-Nice:2", "Lyon-Nice: 1", "Paris-Brest: 1", "Paris-Lyon: two", "Paris-Lyon"];
    let mut revenue = 0;
    for req in requests {
        match book(&mut routes, req) {
            Ok(cost) => {
                revenue += cost;
                println!("{:<16} ok, {}.{:02} EUR", req, cost / 100, cost % 100);
            }
            Err(e) => println!("{:<16} refused: {}", req, e),
        }
    }
    for r in &routes {
        println!("{} left on {}", r.seats_left, r.name);
    }
    println!("revenue: {} cents", revenue);
    let err = book(&mut routes, "Lyon-Nice: 9").unwrap_err();
    println!("{:?}", err);
}
