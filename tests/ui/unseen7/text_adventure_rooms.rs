// A text adventure: rooms in a Vec linked by indices, a player with an inventory, commands parsed from strings.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    North,
    South,
    East,
    West,
}

struct Room {
    name: &'static str,
    exits: Vec<(Dir, usize)>,
    items: Vec<String>,
    locked: bool,
}

struct Player {
    at: usize,
    bag: Vec<String>,
    moves: u32,
}

fn parse_dir(s: &str) -> Option<Dir> {
    match s {
        "n" | "north" => Some(Dir::North),
        "s" | "south" => Some(Dir::South),
        "e" | "east" => Some(Dir::East),
        "w" | "west" => Some(Dir::West),
        _ => None,
    }
}

fn step(rooms: &mut Vec<Room>, p: &mut Player, cmd: &str) -> String {
    let words: Vec<&str> = cmd.split_whitespace().collect();
    match words.as_slice() {
        ["go", d] => {
            let Some(dir) = parse_dir(d) else { return format!("no direction {}", d) };
            let target = rooms[p.at].exits.iter().find(|(e, _)| *e == dir).map(|(_, to)| *to);
            match target {
                Some(to) if rooms[to].locked && !p.bag.iter().any(|i| i == "key") => {
                    format!("the {} is locked", rooms[to].name)
                }
                Some(to) => {
                    rooms[to].locked = false;
                    p.at = to;
                    p.moves += 1;
                    format!("you enter the {}", rooms[to].name)
                }
                None => format!("you cannot go {:?}", dir),
            }
        }
        ["take", item] => {
            let here = &mut rooms[p.at].items;
            if let Some(i) = here.iter().position(|x| x == item) {
                p.bag.push(here.remove(i));
                format!("taken: {}", item)
            } else {
                format!("there is no {} here", item)
            }
        }
        ["look"] => format!("{} with {:?}", rooms[p.at].name, rooms[p.at].items),
        ["inventory"] | ["i"] => format!("bag: {:?}", p.bag),
        _ => format!("I do not understand {:?}", cmd),
    }
}

fn main() {
    let mut rooms = vec![
        Room { name: "hall", exits: vec![(Dir::North, 1), (Dir::East, 2)], items: vec!["lamp".to_string()], locked: false },
        Room { name: "library", exits: vec![(Dir::South, 0)], items: vec!["key".to_string(), "book".to_string()], locked: false },
        Room { name: "vault", exits: vec![(Dir::West, 0)], items: vec!["gold".to_string()], locked: true },
    ];
    let mut player = Player { at: 0, bag: Vec::new(), moves: 0 };
    let script = ["look", "take lamp", "go east", "go up", "go north", "take key", "take sword", "go south", "go e", "take gold", "i", "dance"];
    for cmd in script {
        println!("> {}\n  {}", cmd, step(&mut rooms, &mut player, cmd));
    }
    println!("{} moves, ended in the {}, vault locked: {}", player.moves, rooms[player.at].name, rooms[2].locked);
}
