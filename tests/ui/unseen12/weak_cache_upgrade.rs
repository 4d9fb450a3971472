// A texture cache keeps Weak references: entries live while some sprite holds the Rc, and are reloaded after.
use std::collections::HashMap;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Texture {
    path: String,
    pixels: Vec<u8>,
}

impl Drop for Texture {
    fn drop(&mut self) {
        println!("  unloading {}", self.path);
    }
}

struct Cache {
    entries: HashMap<String, Weak<Texture>>,
    loads: u32,
}

impl Cache {
    fn get(&mut self, path: &str) -> Rc<Texture> {
        if let Some(t) = self.entries.get(path).and_then(|w| w.upgrade()) {
            return t;
        }
        self.loads += 1;
        println!("  loading {}", path);
        let t = Rc::new(Texture { path: path.to_string(), pixels: vec![0; path.len() * 4] });
        self.entries.insert(path.to_string(), Rc::downgrade(&t));
        t
    }

    fn alive(&self) -> usize {
        self.entries.values().filter(|w| w.strong_count() > 0).count()
    }
}

struct Sprite {
    texture: Rc<Texture>,
    x: i32,
}

fn main() {
    let mut cache = Cache { entries: HashMap::new(), loads: 0 };
    let hero = Sprite { texture: cache.get("hero.png"), x: 10 };
    let enemy1 = Sprite { texture: cache.get("enemy.png"), x: 50 };
    let enemy2 = Sprite { texture: cache.get("enemy.png"), x: 80 };
    println!("loads {} alive {} enemy refs {}", cache.loads, cache.alive(), Rc::strong_count(&enemy1.texture));
    println!("same texture: {}", Rc::ptr_eq(&enemy1.texture, &enemy2.texture));
    drop(enemy1);
    println!("one enemy gone, refs {}", Rc::strong_count(&enemy2.texture));
    drop(enemy2);
    println!("alive {}", cache.alive());
    let enemy3 = Sprite { texture: cache.get("enemy.png"), x: 5 };
    println!("loads {} bytes {}", cache.loads, enemy3.texture.pixels.len() + hero.texture.pixels.len());
    let weak = Rc::downgrade(&hero.texture);
    println!("weak count {} upgrade ok {}", Rc::weak_count(&hero.texture), weak.upgrade().is_some());
    println!("positions {} {}", hero.x, enemy3.x);
    drop(hero);
    println!("after hero: upgrade ok {}", weak.upgrade().is_some());
    println!("end");
}
