// A text adventure as a state machine: rooms as an enum, commands parsed from words, an inventory
#[derive(Debug, Clone, Copy, PartialEq)]
enum Room {
    Hall,
    Library,
    Cellar,
    Garden,
}

enum Command<'a> {
    Go(&'a str),
    Take(&'a str),
    Look,
    Unknown(&'a str),
}

fn parse(line: &str) -> Command<'_> {
    let mut words = line.split_whitespace();
    match (words.next(), words.next()) {
        (Some("go"), Some(dir)) => Command::Go(dir),
        (Some("take"), Some(thing)) => Command::Take(thing),
        (Some("look"), None) => Command::Look,
        _ => Command::Unknown(line),
    }
}

struct Game {
    room: Room,
    inventory: Vec<String>,
    cellar_open: bool,
}

impl Game {
    fn step(&mut self, cmd: Command) -> String {
        match cmd {
            Command::Look => format!("you are in the {:?}", self.room),
            Command::Take(thing) => {
                if self.room == Room::Library && thing == "key" && !self.inventory.iter().any(|i| i == "key") {
                    self.inventory.push(thing.to_string());
                    String::from("you take the key")
                } else {
                    format!("there is no {} here", thing)
                }
            }
            Command::Go(dir) => {
                let next = match (self.room, dir) {
                    (Room::Hall, "north") => Some(Room::Library),
                    (Room::Hall, "east") => Some(Room::Garden),
                    (Room::Hall, "down") if self.inventory.contains(&"key".to_string()) => {
                        self.cellar_open = true;
                        Some(Room::Cellar)
                    }
                    (Room::Hall, "down") => return String::from("the cellar door is locked"),
                    (Room::Library, "south") | (Room::Garden, "west") | (Room::Cellar, "up") => Some(Room::Hall),
                    _ => None,
                };
                match next {
                    Some(r) => {
                        self.room = r;
                        format!("you walk {} to the {:?}", dir, r)
                    }
                    None => format!("you cannot go {}", dir),
                }
            }
            Command::Unknown(text) => format!("I do not understand '{}'", text),
        }
    }
}

fn main() {
    let script = ["look", "go down", "go north", "take key", "take key", "go south", "go down", "dance wildly", "go up", "go east", "look"];
    let mut game = Game { room: Room::Hall, inventory: Vec::new(), cellar_open: false };
    for line in script.iter() {
        let reply = game.step(parse(line));
        println!("> {}\n  {}", line, reply);
    }
    println!("inventory: {:?}, cellar opened: {}", game.inventory, game.cellar_open);
}
