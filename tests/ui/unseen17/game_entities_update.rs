// A game loop as in a JavaScript canvas game: entities with update methods, iter_mut, collisions by index, retain for the dead.
#[derive(Debug, Clone)]
struct Entity {
    name: String,
    x: i32,
    y: i32,
    vx: i32,
    vy: i32,
    hp: i32,
}

impl Entity {
    fn new(name: &str, x: i32, y: i32, vx: i32, vy: i32) -> Entity {
        Entity { name: name.to_string(), x, y, vx, vy, hp: 3 }
    }

    fn update(&mut self, width: i32, height: i32) {
        self.x += self.vx;
        self.y += self.vy;
        if self.x < 0 || self.x >= width {
            self.vx = -self.vx;
            self.x = self.x.clamp(0, width - 1);
            self.hp -= 1;
        }
        if self.y < 0 || self.y >= height {
            self.vy = -self.vy;
            self.y = self.y.clamp(0, height - 1);
            self.hp -= 1;
        }
    }

    fn is_alive(&self) -> bool {
        self.hp > 0
    }

    fn collides_with(&self, other: &Entity) -> bool {
        (self.x - other.x).abs() <= 1 && (self.y - other.y).abs() <= 1
    }
}

struct World {
    entities: Vec<Entity>,
    width: i32,
    height: i32,
}

impl World {
    fn tick(&mut self) -> Vec<String> {
        let (w, h) = (self.width, self.height);
        for e in self.entities.iter_mut() {
            e.update(w, h);
        }
        let mut events = Vec::new();
        let n = self.entities.len();
        for i in 0..n {
            for j in (i + 1)..n {
                if self.entities[i].collides_with(&self.entities[j]) {
                    self.entities[i].hp -= 1;
                    self.entities[j].hp -= 1;
                    events.push(format!("{} hits {}", self.entities[i].name, self.entities[j].name));
                }
            }
        }
        let dead: Vec<String> = self.entities.iter().filter(|e| !e.is_alive()).map(|e| e.name.clone()).collect();
        self.entities.retain(|e| e.is_alive());
        for d in dead {
            events.push(format!("{} died", d));
        }
        events
    }
}

fn main() {
    let mut world = World {
        entities: vec![
            Entity::new("ship", 0, 0, 2, 1),
            Entity::new("rock", 6, 3, -1, 0),
            Entity::new("ufo", 9, 9, -3, -2),
            Entity::new("star", 4, 4, 0, 0),
        ],
        width: 10,
        height: 8,
    };
    for t in 1..=8 {
        let events = world.tick();
        let positions: Vec<String> = world.entities.iter().map(|e| format!("{}@({},{})hp{}", e.name, e.x, e.y, e.hp)).collect();
        println!("t{}: {}", t, positions.join(" "));
        for ev in events {
            println!("    {}", ev);
        }
        if world.entities.len() <= 1 {
            break;
        }
    }
    println!("survivors: {:?}", world.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}
